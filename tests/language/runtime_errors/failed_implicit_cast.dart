// Checks the TypeError of an implicit cast from dynamic to a declared type.
void main() {
  dynamic d = 'text';
  int n = d; // expect runtime error: type 'String' is not a subtype of type 'int'
  print(n);
}
