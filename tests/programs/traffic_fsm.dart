// Finite-state machines with enums: enhanced enums with mixins, static members and overridden toString, exhaustive switches, transition tables keyed by records, Enum.compareByIndex.
mixin Describe on Enum {
  String get pretty => name[0].toUpperCase() + name.substring(1);
}

enum Light with Describe implements Comparable<Light> {
  red(seconds: 30, canGo: false),
  green(seconds: 25, canGo: true),
  yellow(seconds: 5, canGo: false);

  const Light({required this.seconds, required this.canGo});
  final int seconds;
  final bool canGo;

  static const cycle = [red, green, yellow];
  static int get cycleSeconds => values.fold(0, (s, l) => s + l.seconds);

  Light get next => cycle[(cycle.indexOf(this) + 1) % cycle.length];

  @override
  int compareTo(Light other) => seconds.compareTo(other.seconds);

  @override
  String toString() => 'Light.$name(${seconds}s)';
}

enum DoorState { open, closed, locked }

enum DoorEvent { push, pull, lock, unlock }

final Map<(DoorState, DoorEvent), DoorState> transitions = {
  (DoorState.closed, DoorEvent.pull): DoorState.open,
  (DoorState.open, DoorEvent.push): DoorState.closed,
  (DoorState.closed, DoorEvent.lock): DoorState.locked,
  (DoorState.locked, DoorEvent.unlock): DoorState.closed,
};

class Door {
  DoorState state = DoorState.closed;
  final history = <String>[];
  bool fire(DoorEvent e) {
    final next = transitions[(state, e)];
    history.add('${state.name} --${e.name}--> ${next?.name ?? 'rejected'}');
    if (next == null) return false;
    state = next;
    return true;
  }
}

String advice(Light l) {
  switch (l) {
    case Light.red:
      return 'stop';
    case Light.yellow:
      return 'slow down';
    case Light.green:
      return 'go';
  }
}

enum Planet {
  mercury(3.303e+23, 2.4397e6),
  earth(5.976e+24, 6.37814e6),
  jupiter(1.9e+27, 7.1492e7);

  const Planet(this.mass, this.radius);
  final double mass;
  final double radius;
  static const double g = 6.67300E-11;
  double get surfaceGravity => g * mass / (radius * radius);
  double weight(double otherMass) => otherMass * surfaceGravity;
}

void main() {
  var light = Light.red;
  var elapsed = 0;
  for (var i = 0; i < 5; i++) {
    print('${light.pretty.padRight(6)} ${advice(light).padRight(9)} t=$elapsed');
    elapsed += light.seconds;
    light = light.next;
  }
  print(Light.cycleSeconds);
  print(Light.values);
  print([...Light.values]..sort());
  print([Light.yellow, Light.red, Light.green]..sort(Enum.compareByIndex));
  print([Light.yellow, Light.red, Light.green]..sort(Enum.compareByName));
  print(Light.values.where((l) => !l.canGo).map((l) => l.name).toList());
  print(Light.green.index);
  print(Light.values.byName('yellow'));
  print(Light.red == Light.values.first);
  print(Light.red.hashCode == Light.red.hashCode);
  print(identical(Light.cycle.first, Light.red));
  try {
    Light.values.byName('blue');
  } on ArgumentError catch (e) {
    print(e.message);
  }

  final door = Door();
  for (final e in [DoorEvent.push, DoorEvent.pull, DoorEvent.lock, DoorEvent.push, DoorEvent.lock, DoorEvent.unlock, DoorEvent.pull]) {
    door.fire(e);
  }
  print(door.history.join('\n'));
  print(door.state);
  final counts = <DoorState, int>{for (final s in DoorState.values) s: 0};
  for (final (from, _) in transitions.keys) {
    counts[from] = counts[from]! + 1;
  }
  print(counts);

  const earthWeight = 175.0;
  final mass = earthWeight / Planet.earth.surfaceGravity;
  for (final p in Planet.values) {
    print('${p.name.padRight(8)} ${p.weight(mass).toStringAsFixed(2)}');
  }
  print(Planet.jupiter.surfaceGravity.toStringAsExponential(3));
  final byName = {for (final p in Planet.values) p.name: p};
  print(byName['earth']?.radius);
  print(DoorState.values.asNameMap());
}

// expect: Red    stop      t=0
// expect: Green  go        t=30
// expect: Yellow slow down t=55
// expect: Red    stop      t=60
// expect: Green  go        t=90
// expect: 60
// expect: [Light.red(30s), Light.green(25s), Light.yellow(5s)]
// expect: [Light.yellow(5s), Light.green(25s), Light.red(30s)]
// expect: [Light.red(30s), Light.green(25s), Light.yellow(5s)]
// expect: [Light.green(25s), Light.red(30s), Light.yellow(5s)]
// expect: [red, yellow]
// expect: 1
// expect: Light.yellow(5s)
// expect: true
// expect: true
// expect: true
// expect: No enum value with that name
// expect: closed --push--> rejected
// expect: closed --pull--> open
// expect: open --lock--> rejected
// expect: open --push--> closed
// expect: closed --lock--> locked
// expect: locked --unlock--> closed
// expect: closed --pull--> open
// expect: DoorState.open
// expect: {DoorState.open: 1, DoorState.closed: 2, DoorState.locked: 1}
// expect: mercury  66.11
// expect: earth    175.00
// expect: jupiter  442.85
// expect: 2.481e+1
// expect: 6378140.0
// expect: {open: DoorState.open, closed: DoorState.closed, locked: DoorState.locked}
