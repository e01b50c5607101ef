// Checks the compile error for a named argument the function does not declare.
void greet({String name = 'you'}) => print('hi $name');

void main() {
  greet(nmae: 'x'); // expect error: No named parameter with the name 'nmae'.
}
