// Checks the compile error for break outside any loop or switch.
void main() {
  print('x');
  break; // expect error: A break statement can't be used outside of a loop or switch statement.
}
