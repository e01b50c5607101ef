// Checks LateInitializationError for reading a late local before assignment.
void main() {
  late int x;
  var ready = false;
  if (ready) x = 1;
  print('reading'); // expect: reading
  print(x); // expect runtime error: LateInitializationError: Local 'x' has not been initialized.
}
