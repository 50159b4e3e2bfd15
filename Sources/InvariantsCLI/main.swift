print("invariants: nothing here yet")
