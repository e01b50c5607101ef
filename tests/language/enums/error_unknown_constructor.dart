// An enum value naming a constructor the enum does not declare is a compile error.
enum E {
  a.missing(); // expect error: Couldn't find constructor 'E.missing'.

  const E();
}

void main() {
  print(E.a);
}
