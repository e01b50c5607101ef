// Bank accounts: abstract classes, mixins, operators, ==/hashCode, Comparable, factory caches, custom exceptions, late and static fields.
class Money implements Comparable<Money> {
  final int cents;
  const Money(this.cents);
  factory Money.parse(String text) {
    final match = RegExp(r'^\$?(-?\d+)(?:\.(\d{1,2}))?$').firstMatch(text.trim());
    if (match == null) throw FormatException('Not an amount', text);
    final whole = int.parse(match.group(1)!);
    final frac = int.parse((match.group(2) ?? '0').padRight(2, '0'));
    return Money(whole * 100 + (whole < 0 ? -frac : frac));
  }
  static const zero = Money(0);
  Money operator +(Money o) => Money(cents + o.cents);
  Money operator -(Money o) => Money(cents - o.cents);
  Money operator *(num factor) => Money((cents * factor).round());
  Money operator -() => Money(-cents);
  bool operator <(Money o) => cents < o.cents;
  bool operator >(Money o) => cents > o.cents;
  @override
  bool operator ==(Object other) => other is Money && other.cents == cents;
  @override
  int get hashCode => cents.hashCode;
  @override
  int compareTo(Money other) => cents.compareTo(other.cents);
  @override
  String toString() {
    final sign = cents < 0 ? '-' : '';
    final abs = cents.abs();
    return '$sign\$${abs ~/ 100}.${(abs % 100).toString().padLeft(2, '0')}';
  }
}

class InsufficientFunds implements Exception {
  final Money requested, available;
  InsufficientFunds(this.requested, this.available);
  @override
  String toString() => 'InsufficientFunds: requested $requested, available $available';
}

mixin Auditable {
  final List<String> _log = [];
  List<String> get log => List.unmodifiable(_log);
  void audit(String entry) => _log.add('[${_log.length + 1}] $entry');
}

mixin Interest on Account {
  double get rate;
  void applyInterest() {
    final interest = balance * rate;
    deposit(interest, memo: 'interest');
  }
}

abstract class Account with Auditable implements Comparable<Account> {
  static int _nextId = 1000;
  static final Map<String, Account> _registry = {};
  final int id;
  final String owner;
  Money _balance = Money.zero;
  late final DateTime opened;

  Account(this.owner) : id = _nextId++ {
    opened = DateTime.utc(2024, 1, 1).add(Duration(days: id - 1000));
    _registry[owner] = this;
    audit('opened by $owner');
  }

  static Account? lookup(String owner) => _registry[owner];

  Money get balance => _balance;
  String get kind;

  void deposit(Money amount, {String memo = 'deposit'}) {
    if (amount.cents <= 0) throw ArgumentError.value(amount, 'amount', 'must be positive');
    _balance += amount;
    audit('$memo $amount');
  }

  void withdraw(Money amount) {
    if (amount > _balance + overdraft) throw InsufficientFunds(amount, _balance);
    _balance -= amount;
    audit('withdraw $amount');
  }

  Money get overdraft => Money.zero;

  @override
  int compareTo(Account other) => other.balance.compareTo(balance);

  @override
  String toString() => '$kind#$id($owner, $balance)';
}

class Checking extends Account {
  Checking(super.owner);
  @override
  String get kind => 'Checking';
  @override
  Money get overdraft => const Money(5000);
}

class Savings extends Account with Interest {
  @override
  final double rate;
  Savings(super.owner, {this.rate = 0.02});
  @override
  String get kind => 'Savings';
}

class Bank {
  static final Bank _instance = Bank._();
  factory Bank() => _instance;
  Bank._();
  final accounts = <Account>[];

  void transfer(Account from, Account to, Money amount) {
    from.withdraw(amount);
    to.deposit(amount, memo: 'transfer from ${from.owner}');
  }
}

void main() {
  print(Money.parse('12.5'));
  print(Money.parse('\$7'));
  print(Money.parse('-3.07'));
  print(Money(199) * 1.5);
  print(-Money(42));
  print(Money(100) == Money.parse('1.00'));
  print({Money(1), Money(1), Money(2)}.length);
  try {
    Money.parse('abc');
  } on FormatException catch (e) {
    print(e);
  }
  final bank = Bank();
  print(identical(bank, Bank()));
  final alice = Checking('alice');
  final bob = Savings('bob', rate: 0.05);
  final carol = Savings('carol');
  bank.accounts..add(alice)..add(bob)..add(carol);
  alice.deposit(Money.parse('100'));
  bob.deposit(Money.parse('250.50'));
  carol.deposit(const Money(999));
  bank.transfer(alice, bob, Money.parse('120'));
  try {
    bank.transfer(carol, alice, Money.parse('20'));
  } on InsufficientFunds catch (e) {
    print(e);
  }
  try {
    alice.deposit(Money.zero);
  } on ArgumentError catch (e) {
    print(e.message);
    print(e);
  }
  for (final a in bank.accounts.whereType<Savings>()) {
    a.applyInterest();
  }
  bank.accounts.sort();
  bank.accounts.forEach(print);
  print(bob.log.join('\n'));
  print(Account.lookup('carol')?.opened);
  print(Account.lookup('dave')?.opened ?? 'no dave');
  final total = bank.accounts.map((a) => a.balance).fold(Money.zero, (a, b) => a + b);
  print('total $total');
  final richest = bank.accounts.reduce((a, b) => a.balance > b.balance ? a : b);
  print('richest ${richest.owner}');
  try {
    (bob.log as List<String>).add('hack');
  } on UnsupportedError catch (e) {
    print(e.message);
  }
  print(alice is Comparable<Account>);
  print(bob is Interest);
  print(alice is Auditable);
}

// expect: $12.50
// expect: $7.00
// expect: -$3.07
// expect: $2.99
// expect: -$0.42
// expect: true
// expect: 2
// expect: FormatException: Not an amount
// expect: abc
// expect: true
// expect: InsufficientFunds: requested $20.00, available $9.99
// expect: must be positive
// expect: Invalid argument (amount): must be positive: Instance of 'Money'
// expect: Savings#1001(bob, $389.03)
// expect: Savings#1002(carol, $10.19)
// expect: Checking#1000(alice, -$20.00)
// expect: [1] opened by bob
// expect: [2] deposit $250.50
// expect: [3] transfer from alice $120.00
// expect: [4] interest $18.53
// expect: 2024-01-03 00:00:00.000Z
// expect: no dave
// expect: total $379.22
// expect: richest bob
// expect: Cannot add to an unmodifiable list
// expect: true
// expect: true
// expect: true
