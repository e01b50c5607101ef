// A bank simulation: account classes, overdraft rules, custom exceptions, month-end processing.
class InsufficientFundsException implements Exception {
  final String account;
  final int requested;
  final int available;
  InsufficientFundsException(this.account, this.requested, this.available);
  @override
  String toString() => 'InsufficientFundsException: $account needs $requested, has $available';
}

class Transaction {
  final String kind;
  final int amount;
  final int balanceAfter;
  Transaction(this.kind, this.amount, this.balanceAfter);
  @override
  String toString() => '$kind ${amount.toString().padLeft(5)} -> $balanceAfter';
}

abstract class Account {
  static int _nextNumber = 1000;
  final String owner;
  final int number;
  int _balance = 0;
  final List<Transaction> history = [];

  Account(this.owner) : number = _nextNumber++;

  int get balance => _balance;
  String get kind;
  int get overdraftLimit => 0;

  void deposit(int amount) {
    if (amount <= 0) throw ArgumentError('deposit must be positive');
    _balance += amount;
    history.add(Transaction('deposit', amount, _balance));
  }

  void withdraw(int amount) {
    if (amount > _balance + overdraftLimit) {
      throw InsufficientFundsException('$kind#$number', amount, _balance);
    }
    _balance -= amount;
    history.add(Transaction('withdraw', amount, _balance));
  }

  void monthEnd() {}

  @override
  String toString() => '$kind#$number($owner): $_balance';
}

class Checking extends Account {
  Checking(super.owner);
  @override
  String get kind => 'checking';
  @override
  int get overdraftLimit => 100;
  @override
  void monthEnd() {
    if (_balance < 0) {
      const fee = 15;
      _balance -= fee;
      history.add(Transaction('fee', fee, _balance));
    }
  }
}

class Savings extends Account {
  final int ratePercent;
  Savings(super.owner, this.ratePercent);
  @override
  String get kind => 'savings';
  @override
  void monthEnd() {
    var interest = _balance * ratePercent ~/ 100;
    if (interest > 0) {
      _balance += interest;
      history.add(Transaction('interest', interest, _balance));
    }
  }
}

class Bank {
  final Map<int, Account> accounts = {};

  Account open(Account a) {
    accounts[a.number] = a;
    return a;
  }

  void transfer(Account from, Account to, int amount) {
    from.withdraw(amount);
    to.deposit(amount);
  }

  int get total => accounts.values.fold(0, (sum, a) => sum + a.balance);
}

void main() {
  var bank = Bank();
  var alice = bank.open(Checking('alice'));
  var bob = bank.open(Savings('bob', 2));
  alice.deposit(500);
  bob.deposit(1000);
  bank.transfer(alice, bob, 550);
  print(alice); // expect: checking#1000(alice): -50
  print(bob); // expect: savings#1001(bob): 1550
  try {
    bank.transfer(alice, bob, 100);
  } on InsufficientFundsException catch (e) {
    print(e); // expect: InsufficientFundsException: checking#1000 needs 100, has -50
  }
  try {
    bob.deposit(-5);
  } on ArgumentError catch (e) {
    print('rejected: ${e.message}'); // expect: rejected: deposit must be positive
  }
  for (var a in bank.accounts.values) {
    a.monthEnd();
  }
  print(alice); // expect: checking#1000(alice): -65
  print(bob); // expect: savings#1001(bob): 1581
  print('total: ${bank.total}'); // expect: total: 1516
  for (var a in [alice, bob]) {
    print('history of ${a.kind}#${a.number}:');
    for (var t in a.history) {
      print('  $t');
    }
  }
  // expect: history of checking#1000:
  // expect:   deposit   500 -> 500
  // expect:   withdraw   550 -> -50
  // expect:   fee    15 -> -65
  // expect: history of savings#1001:
  // expect:   deposit  1000 -> 1000
  // expect:   deposit   550 -> 1550
  // expect:   interest    31 -> 1581
}
