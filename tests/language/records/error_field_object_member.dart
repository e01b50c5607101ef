// Named record fields can't shadow a member of Object.
void main() {
  print((hashCode: 1)); // expect error: Record field names can't be the same as a member from 'Object'.
}
