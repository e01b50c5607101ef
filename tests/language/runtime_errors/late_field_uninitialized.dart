// Checks LateInitializationError for reading a late field before assignment.
class Config {
  late String path;
}

void main() {
  var c = Config();
  print(c.path); // expect runtime error: LateInitializationError: Field 'path' has not been initialized.
}
