// Checks that num and Object variables keep an int literal an int.
void main() {
  num n = 1;
  print(n); // expect: 1
  print(n is int); // expect: true
  n = 2.5;
  print(n); // expect: 2.5
  Object o = 7;
  print(o); // expect: 7
  var v = 3;
  print(v is double); // expect: false
}
