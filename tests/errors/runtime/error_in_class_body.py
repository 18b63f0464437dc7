# An error while executing a class body.
class Config:
    values = {}
    timeout = values["timeout"]
