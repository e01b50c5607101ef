// Checks print of null, booleans, numbers and strings, and print of an empty string.
void main() {
  print(null); // expect: null
  print(true); // expect: true
  print(false); // expect: false
  print(-7); // expect: -7
  print('text'); // expect: text
  print(''); // expect:
  print('end'); // expect: end
}
