// Named record fields can't be private.
void main() {
  print((1, _x: 2)); // expect error: Record field names can't be private.
}
