// Frames of precompiled dart: library code name their library and a line:column, as when the
// libraries were compiled with the program; a closure of the program called from such code
// keeps its own file.
void main() {
  var list = [3, 1, 2];
  list.sort((a, b) {
    if (a == 2 || b == 2) throw StateError('from a comparator');
    return a - b;
  });
}
// expect runtime error: Bad state: from a comparator
// expect stderr: #0      main.<anonymous closure> (file://
// expect stderr: (dart:core:
// expect stderr: main (file://
