// Checks the compile error for continue outside any loop.
void main() {
  if (true) {
    continue; // expect error: A continue statement can't be used outside of a loop or switch statement.
  }
}
