// A switch expression that no case matches throws at run time. (Dart rejects a switch
// expression that is not exhaustive at compile time; the VM checks no exhaustiveness, so the
// value is only found unmatched when it arrives.)
String name(int n) => switch (n) {
      1 => 'one',
      2 => 'two',
    };

void main() {
  print(name(1)); // expect: one
  print(name(3)); // expect runtime error: Bad state: No case of the switch expression matched the value 3.
}
