// Checks late top-level variables: assigned before read, and late final with initialiser.
late String message;
late final int answer = compute();

int compute() {
  print('compute');
  return 7;
}

void main() {
  message = 'assigned';
  print(message); // expect: assigned
  print(answer);
  // expect: compute
  // expect: 7
  print(answer); // expect: 7
}
