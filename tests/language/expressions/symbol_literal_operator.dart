// Symbol literals of user-definable operators (#+, #[]=, #~/, ...) are the same constants as
// Symbol('+') and match the memberName of an operator call that reached noSuchMethod.
class Recorder {
  @override
  dynamic noSuchMethod(Invocation invocation) => invocation.memberName;
}

void main() {
  print(#+); // expect: Symbol("+")
  print(#[]=); // expect: Symbol("[]=")
  print(#[]); // expect: Symbol("[]")
  print(#~/); // expect: Symbol("~/")
  print(#>>>); // expect: Symbol(">>>")
  print(#==); // expect: Symbol("==")
  print(#-); // expect: Symbol("-")
  print(identical(#+, const Symbol('+'))); // expect: true
  dynamic r = Recorder();
  print(r + 1 == #+); // expect: true
  print(r[0] == #[]); // expect: true
}
