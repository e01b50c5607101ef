// A vending machine as a state machine: enum states and events, switch statements, a transcript.
enum Status { idle, collecting, vending, broken }

enum Kind { coin, select, cancel, take, kick, repair }

class Event {
  final Kind kind;
  final int value;
  final String item;
  const Event(this.kind, {this.value = 0, this.item = ''});

  @override
  String toString() {
    switch (kind) {
      case Kind.coin:
        return 'coin($value)';
      case Kind.select:
        return 'select($item)';
      default:
        return kind.name;
    }
  }
}

class Machine {
  Status status = Status.idle;
  int credit = 0;
  int kicks = 0;
  String? tray;
  final Map<String, int> prices = {'cola': 150, 'chips': 100, 'gum': 50};
  final Map<String, int> stock = {'cola': 1, 'chips': 5, 'gum': 0};
  final List<String> messages = [];

  void handle(Event e) {
    var before = status;
    switch (status) {
      case Status.idle:
      case Status.collecting:
        switch (e.kind) {
          case Kind.coin:
            credit += e.value;
            status = Status.collecting;
          case Kind.select:
            _select(e.item);
          case Kind.cancel:
            if (credit > 0) messages.add('refund $credit');
            credit = 0;
            status = Status.idle;
          case Kind.kick:
            _kick();
          case Kind.take:
          case Kind.repair:
            messages.add('ignored $e');
        }
      case Status.vending:
        if (e.kind == Kind.take) {
          messages.add('took $tray');
          tray = null;
          status = credit > 0 ? Status.collecting : Status.idle;
        } else {
          messages.add('busy, ignored $e');
        }
      case Status.broken:
        if (e.kind == Kind.repair) {
          kicks = 0;
          status = credit > 0 ? Status.collecting : Status.idle;
        } else {
          messages.add('broken, ignored $e');
        }
    }
    print('${before.name.padRight(10)} --$e--> ${status.name} [credit $credit]');
  }

  void _select(String item) {
    var price = prices[item];
    if (price == null) {
      messages.add('no such item $item');
    } else if (stock[item] == 0) {
      messages.add('sold out: $item');
    } else if (credit < price) {
      messages.add('insert ${price - credit} more for $item');
    } else {
      stock[item] = stock[item]! - 1;
      credit -= price;
      tray = item;
      status = Status.vending;
    }
  }

  void _kick() {
    kicks++;
    if (kicks >= 2) {
      status = Status.broken;
      messages.add('machine broke');
    } else {
      messages.add('ouch');
    }
  }
}

void main() {
  var m = Machine();
  const events = [
    Event(Kind.select, item: 'cola'),
    Event(Kind.coin, value: 100),
    Event(Kind.select, item: 'cola'),
    Event(Kind.coin, value: 100),
    Event(Kind.select, item: 'cola'),
    Event(Kind.coin, value: 25),
    Event(Kind.take),
    Event(Kind.select, item: 'gum'),
    Event(Kind.select, item: 'pie'),
    Event(Kind.kick),
    Event(Kind.coin, value: 100),
    Event(Kind.kick),
    Event(Kind.cancel),
    Event(Kind.repair),
    Event(Kind.select, item: 'chips'),
    Event(Kind.take),
    Event(Kind.cancel),
  ];
  for (var e in events) {
    m.handle(e);
  }
  // expect: idle       --select(cola)--> idle [credit 0]
  // expect: idle       --coin(100)--> collecting [credit 100]
  // expect: collecting --select(cola)--> collecting [credit 100]
  // expect: collecting --coin(100)--> collecting [credit 200]
  // expect: collecting --select(cola)--> vending [credit 50]
  // expect: vending    --coin(25)--> vending [credit 50]
  // expect: vending    --take--> collecting [credit 50]
  // expect: collecting --select(gum)--> collecting [credit 50]
  // expect: collecting --select(pie)--> collecting [credit 50]
  // expect: collecting --kick--> collecting [credit 50]
  // expect: collecting --coin(100)--> collecting [credit 150]
  // expect: collecting --kick--> broken [credit 150]
  // expect: broken     --cancel--> broken [credit 150]
  // expect: broken     --repair--> collecting [credit 150]
  // expect: collecting --select(chips)--> vending [credit 50]
  // expect: vending    --take--> collecting [credit 50]
  // expect: collecting --cancel--> idle [credit 0]
  for (var msg in m.messages) {
    print('> $msg');
  }
  // expect: > insert 150 more for cola
  // expect: > insert 50 more for cola
  // expect: > busy, ignored coin(25)
  // expect: > took cola
  // expect: > sold out: gum
  // expect: > no such item pie
  // expect: > ouch
  // expect: > machine broke
  // expect: > broken, ignored cancel
  // expect: > took chips
  // expect: > refund 50
  print(m.stock); // expect: {cola: 0, chips: 4, gum: 0}
  print(Status.values.map((s) => s.index).toList()); // expect: [0, 1, 2, 3]
}
