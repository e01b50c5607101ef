// Object.hash, hashAll and hashAllUnordered: equal inputs give equal hashes; order matters
// only for the ordered forms.
void main() {
  print(Object.hash(1, 2) == Object.hash(1, 2));
  print(Object.hashAll([1, 2, 3]) == Object.hashAll([1, 2, 3]));
  print(Object.hashAllUnordered([1, 2, 3]) == Object.hashAllUnordered([3, 1, 2]));
  print(Object.hash('a', null, 3) is int);
}
// expect: true
// expect: true
// expect: true
// expect: true
