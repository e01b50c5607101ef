// Calls of precompiled dart: declarations are checked against those declarations as before:
// arity, parameter names, and members the libraries' classes do not have.
void main() {
  print(1, 2); // expect error: Too many positional arguments: 1 allowed, but 2 found.
  identical(1); // expect error: Too few positional arguments: 2 required, 1 given.
  List.filled(1, 0, nope: true); // expect error: No named parameter with the name 'nope'.
  DateTime.nowish(); // expect error: Member not found: 'nowish'.
}
