// A mixin may super-call a member its `on` type only declares abstractly: each application
// calls the concrete member of its actual superclass (it was rejected with "Superclass has no
// method named").
abstract class Handler {
  String handle(String input);
  String get name;
}

mixin Shout on Handler {
  @override
  String handle(String input) => '${super.handle(input).toUpperCase()} (${super.name})';
}

mixin Trim on Handler {
  @override
  String handle(String input) => super.handle(input.trim());
}

class Echo extends Handler {
  @override
  String get name => 'echo';
  @override
  String handle(String input) => '[$input]';
}

class Loud extends Echo with Trim, Shout {}

void main() {
  print(Loud().handle('  hi  ')); // expect: [HI] (echo)
}
