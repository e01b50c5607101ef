// Object.hash combines only the arguments given (omitted optional arguments are left out):
// equal arguments give equal hashes, for two to twenty arguments and nulls among them.
void main() {
  print(Object.hash(1, 'a') == Object.hash(1, 'a')); // expect: true
  print(Object.hash(1, 2, 3, 4, 5) == Object.hash(1, 2, 3, 4, 5)); // expect: true
  print(Object.hash(null, 2, null) == Object.hash(null, 2, null)); // expect: true
  print(Object.hash(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20) ==
      Object.hash(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)); // expect: true
  print(Object.hash(null, null) is int); // expect: true
  print({(1, 2): 'a'}[(1, 2)]); // expect: a
}
