// Checks top-level final and const variables and const expressions built from them.
const int base = 10;
const doubled = base * 2;
const greeting = 'hello';
const shout = '$greeting!';
final list = [base, doubled];
const primes = [2, 3, 5];

void main() {
  print(base); // expect: 10
  print(doubled); // expect: 20
  print(shout); // expect: hello!
  print(list); // expect: [10, 20]
  print(primes.length); // expect: 3
  list.add(30);
  print(list); // expect: [10, 20, 30]
}
