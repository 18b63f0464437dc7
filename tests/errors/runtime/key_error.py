# A missing dict key.
config = {'host': 'localhost'}
port = config['port']
