// Checks that an uncaught user exception is reported with its toString.
class ValidationException implements Exception {
  final String field;
  ValidationException(this.field);
  @override
  String toString() => 'ValidationException: $field is invalid';
}

void validate(String email) {
  if (!email.contains('@')) throw ValidationException('email');
}

void main() {
  validate('a@b.c');
  print('first ok'); // expect: first ok
  validate('nope'); // expect runtime error: ValidationException: email is invalid
  print('not reached');
}
