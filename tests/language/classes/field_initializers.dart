// Checks field initialisers, default null for nullable fields, and per-instance state.
class Account {
  String owner;
  int balance = 0;
  List<String> log = [];
  String? note;
  Account(this.owner);
}

void main() {
  var a = Account('ann');
  var b = Account('bob');
  a.balance += 5;
  a.log.add('deposit');
  print(a.balance); // expect: 5
  print(b.balance); // expect: 0
  print(a.log); // expect: [deposit]
  print(b.log); // expect: []
  print(a.note); // expect: null
}
