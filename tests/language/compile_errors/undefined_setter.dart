// Checks the compile error for assigning to a name that is not declared.
void main() {
  count = 3; // expect error: Setter not found: 'count'.
}
