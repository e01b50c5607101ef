// An error thrown by precompiled dart:core code: its frame comes first, with dart:core's
// position, then the program's.
void main() {
  [1, 2].firstWhere((x) => x > 5);
}
// expect runtime error: Bad state: No element
// expect stderr: #0      Iterable.firstWhere (dart:core:
// expect stderr: #1      main (file://
