// Checks the compile error for a statement without its terminating semicolon.
void main() {
  print('first') // expect error: Expected ';' after this.
  print('second');
}
