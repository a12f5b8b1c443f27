print("xapi")
