// Two named fields of one record can't share a name.
void main() {
  print((a: 1, a: 2)); // expect error: The field name 'a' is already used in this record.
}
