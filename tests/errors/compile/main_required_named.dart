// Nothing passes main a named argument, so a required one is a compile error, as in Dart.
void main(List<String> args, {required int level}) {} // expect error: The function 'main' can't have any required named parameters.
