@_exported public import Invariants
