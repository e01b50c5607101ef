// The VM passes main at most two arguments, so a main with three required positional
// parameters is a compile error, as in Dart (once a NoSuchMethodError at run time).
void main(List<String> args, Object? message, int extra) {} // expect error: The function 'main' can't have more than two required positional parameters.
