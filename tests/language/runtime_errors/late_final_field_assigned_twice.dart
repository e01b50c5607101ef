// Checks LateInitializationError for assigning a late final field a second time.
class Once {
  late final int value;
}

void main() {
  var o = Once();
  o.value = 1;
  print(o.value); // expect: 1
  o.value = 2; // expect runtime error: LateInitializationError: Field 'value' has already been initialized.
}
