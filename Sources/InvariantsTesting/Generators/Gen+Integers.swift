extension Gen where Value: FixedWidthInteger & SendableMetatype {
    /// Integers in `range`, shrinking toward the value nearest zero; the range's bounds, small values, round
    /// values (multiples of 5, 10, 100, 1000 and their neighbours) and repeats of earlier values are drawn
    /// often. `boundaries` adds values the rules are known to turn at, and their neighbours (opt-in).
    ///
    /// ```swift
    /// let quantity = Gen<UInt16>.integer(in: 1...500)
    /// let items = Gen<Int>.integer(in: 0...100, boundaries: [10])
    /// ```
    public static func integer(in range: ClosedRange<Value>, boundaries: [Value] = []) -> Gen<Value> {
        let lower = Int128(range.lowerBound)
        let upper = Int128(range.upperBound)
        let hints = NumberHints(one: 1, boundaries: boundaries.map { Int128($0) })
        return Gen { context in Value(try IntegerChoice.draw(lower, upper, hints: hints, in: context)) }
    }

    /// Integers over the type's whole range (`min` and `max` included).
    ///
    /// ```swift
    /// let any = Gen<Int32>.integer
    /// ```
    public static var integer: Gen<Value> { integer(in: Value.min...Value.max) }
}

extension Gen where Value == Int {
    /// Any `Int`: 0, ±1, `Int.min` and `Int.max` appear often. `Gen.int` for short.
    ///
    /// ```swift
    /// Property(over: .int).check { abs($0) >= 0 }
    /// ```
    public static var int: Gen<Int> { integer }

    /// `Int`s in `range`, shrinking toward the value nearest zero; `boundaries` as in ``Gen/integer(in:boundaries:)``.
    ///
    /// ```swift
    /// let dice = Gen.int(in: 1...6)
    /// let lines = Gen.int(in: 0...100, boundaries: [50])
    /// ```
    public static func int(in range: ClosedRange<Int>, boundaries: [Int] = []) -> Gen<Int> {
        integer(in: range, boundaries: boundaries)
    }
}

extension Gen where Value == Int8 {
    /// Any `Int8`.
    ///
    /// ```swift
    /// let b = Gen.int8
    /// ```
    public static var int8: Gen<Int8> { integer }
    /// `Int8`s in `range`.
    ///
    /// ```swift
    /// let b = Gen.int8(in: -5...5)
    /// ```
    public static func int8(in range: ClosedRange<Int8>) -> Gen<Int8> { integer(in: range) }
}

extension Gen where Value == Int16 {
    /// Any `Int16`.
    ///
    /// ```swift
    /// let s = Gen.int16
    /// ```
    public static var int16: Gen<Int16> { integer }
    /// `Int16`s in `range`.
    ///
    /// ```swift
    /// let s = Gen.int16(in: 0...100)
    /// ```
    public static func int16(in range: ClosedRange<Int16>) -> Gen<Int16> { integer(in: range) }
}

extension Gen where Value == Int32 {
    /// Any `Int32`.
    ///
    /// ```swift
    /// let i = Gen.int32
    /// ```
    public static var int32: Gen<Int32> { integer }
    /// `Int32`s in `range`.
    ///
    /// ```swift
    /// let i = Gen.int32(in: -1_000...1_000)
    /// ```
    public static func int32(in range: ClosedRange<Int32>) -> Gen<Int32> { integer(in: range) }
}

extension Gen where Value == Int64 {
    /// Any `Int64`.
    ///
    /// ```swift
    /// let l = Gen.int64
    /// ```
    public static var int64: Gen<Int64> { integer }
    /// `Int64`s in `range`.
    ///
    /// ```swift
    /// let cents = Gen.int64(in: 0...1_000_000)
    /// ```
    public static func int64(in range: ClosedRange<Int64>) -> Gen<Int64> { integer(in: range) }
}

extension Gen where Value == UInt {
    /// Any `UInt`.
    ///
    /// ```swift
    /// let u = Gen.uint
    /// ```
    public static var uint: Gen<UInt> { integer }
    /// `UInt`s in `range`.
    ///
    /// ```swift
    /// let u = Gen.uint(in: 1...10)
    /// ```
    public static func uint(in range: ClosedRange<UInt>) -> Gen<UInt> { integer(in: range) }
}

extension Gen where Value == UInt8 {
    /// Any `UInt8` (a byte).
    ///
    /// ```swift
    /// let byte = Gen.uint8
    /// ```
    public static var uint8: Gen<UInt8> { integer }
    /// `UInt8`s in `range`.
    ///
    /// ```swift
    /// let digit = Gen.uint8(in: 48...57)
    /// ```
    public static func uint8(in range: ClosedRange<UInt8>) -> Gen<UInt8> { integer(in: range) }
}

extension Gen where Value == UInt16 {
    /// Any `UInt16`.
    ///
    /// ```swift
    /// let port = Gen.uint16
    /// ```
    public static var uint16: Gen<UInt16> { integer }
    /// `UInt16`s in `range`.
    ///
    /// ```swift
    /// let port = Gen.uint16(in: 1024...65535)
    /// ```
    public static func uint16(in range: ClosedRange<UInt16>) -> Gen<UInt16> { integer(in: range) }
}

extension Gen where Value == UInt32 {
    /// Any `UInt32`.
    ///
    /// ```swift
    /// let u = Gen.uint32
    /// ```
    public static var uint32: Gen<UInt32> { integer }
    /// `UInt32`s in `range`.
    ///
    /// ```swift
    /// let u = Gen.uint32(in: 0...9)
    /// ```
    public static func uint32(in range: ClosedRange<UInt32>) -> Gen<UInt32> { integer(in: range) }
}

extension Gen where Value == UInt64 {
    /// Any `UInt64`.
    ///
    /// ```swift
    /// let hash = Gen.uint64
    /// ```
    public static var uint64: Gen<UInt64> { integer }
    /// `UInt64`s in `range`.
    ///
    /// ```swift
    /// let u = Gen.uint64(in: 0...9)
    /// ```
    public static func uint64(in range: ClosedRange<UInt64>) -> Gen<UInt64> { integer(in: range) }
}
