print("xapi-gen")
