print("init _shapes._solid")
