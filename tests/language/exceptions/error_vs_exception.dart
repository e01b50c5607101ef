// Checks catching by the Error and Exception supertypes.
void main() {
  var thrown = <Object>[
    StateError('s'),
    FormatException('f'),
    ArgumentError('a'),
    Exception('e'),
  ];
  for (var t in thrown) {
    try {
      throw t;
    } on Error {
      print('Error');
    } on Exception {
      print('Exception');
    }
  }
  // expect: Error
  // expect: Exception
  // expect: Error
  // expect: Exception
}
