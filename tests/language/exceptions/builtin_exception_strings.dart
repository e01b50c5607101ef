// Checks the toString of dart:core exceptions and errors created by user code.
void main() {
  print(Exception()); // expect: Exception
  print(Exception('msg')); // expect: Exception: msg
  print(FormatException('bad input')); // expect: FormatException: bad input
  print(StateError('no')); // expect: Bad state: no
  print(ArgumentError('wrong')); // expect: Invalid argument(s): wrong
  print(UnsupportedError('nope')); // expect: Unsupported operation: nope
  print(UnimplementedError('later')); // expect: UnimplementedError: later
  print(RangeError('far')); // expect: RangeError: far
}
