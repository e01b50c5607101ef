// Warehouse inventory CLI: command parsing with switch on list patterns, stock movements with validation, low-stock alerts via a broadcast stream, history with DateTime, and a JSON snapshot.
import 'dart:async';
import 'dart:convert';

enum Unit { piece, kg, litre }

class StockError implements Exception {
  final String message;
  StockError(this.message);
  @override
  String toString() => 'StockError: $message';
}

class Product {
  final String sku;
  final String name;
  final Unit unit;
  final double reorderLevel;
  double quantity;
  Product(this.sku, this.name, this.unit, {this.quantity = 0, this.reorderLevel = 5});
  Map<String, Object> toJson() => {'sku': sku, 'name': name, 'unit': unit.name, 'qty': quantity};
}

class Movement {
  final DateTime at;
  final String sku;
  final double delta;
  final String reason;
  Movement(this.at, this.sku, this.delta, this.reason);
  @override
  String toString() => '${at.toIso8601String().substring(0, 16)} $sku ${delta >= 0 ? '+' : ''}$delta ($reason)';
}

class Warehouse {
  final _products = <String, Product>{};
  final history = <Movement>[];
  final _alerts = StreamController<String>.broadcast();
  DateTime _clock = DateTime.utc(2024, 5, 1, 8);
  Stream<String> get alerts => _alerts.stream;

  DateTime _tick() => _clock = _clock.add(const Duration(minutes: 15));

  void add(Product p) {
    if (_products.containsKey(p.sku)) throw StockError('duplicate sku ${p.sku}');
    _products[p.sku] = p;
  }

  Product _get(String sku) => _products[sku] ?? (throw StockError('unknown sku $sku'));

  void move(String sku, double delta, String reason) {
    final p = _get(sku);
    if (p.unit == Unit.piece && delta != delta.roundToDouble()) {
      throw StockError('${p.name} is counted in whole pieces');
    }
    if (p.quantity + delta < 0) {
      throw StockError('only ${p.quantity} ${p.unit.name} of ${p.name} left');
    }
    p.quantity += delta;
    history.add(Movement(_tick(), sku, delta, reason));
    if (p.quantity <= p.reorderLevel) _alerts.add('low stock: ${p.name} (${p.quantity} ${p.unit.name})');
  }

  String run(String line) {
    final args = line.trim().split(RegExp(r'\s+'));
    try {
      switch (args) {
        case ['in', final sku, final qty]:
          move(sku, double.parse(qty), 'received');
          return 'ok';
        case ['out', final sku, final qty, ...final why]:
          move(sku, -double.parse(qty), why.isEmpty ? 'shipped' : why.join(' '));
          return 'ok';
        case ['show', final sku]:
          final p = _get(sku);
          return '${p.name}: ${p.quantity} ${p.unit.name}';
        case ['report']:
          final sorted = _products.values.toList()..sort((a, b) => a.name.compareTo(b.name));
          return sorted.map((p) => '${p.name.padRight(8)}${p.quantity.toStringAsFixed(1).padLeft(7)} ${p.unit.name}').join('\n');
        case [final cmd, ...]:
          return 'unknown command "$cmd"';
        default:
          return 'empty';
      }
    } on StockError catch (e) {
      return 'error: ${e.message}';
    } on FormatException catch (e) {
      return 'error: bad number "${e.source}"';
    }
  }

  Future<void> close() => _alerts.close();
}

Future<void> main() async {
  final w = Warehouse()
    ..add(Product('B1', 'bolts', Unit.piece, quantity: 100, reorderLevel: 20))
    ..add(Product('F2', 'flour', Unit.kg, quantity: 12.5))
    ..add(Product('O3', 'oil', Unit.litre, quantity: 3, reorderLevel: 2));
  final alerts = <String>[];
  final sub = w.alerts.listen(alerts.add);
  for (final cmd in [
    'show B1',
    'out B1 85 urgent order',
    'out B1 0.5',
    'in F2 2.25',
    'out F2 10',
    'out O3 5',
    'out O3 1.5',
    'in X9 1',
    'in F2 lots',
    'dance',
    'report',
  ]) {
    print('> $cmd');
    print(w.run(cmd));
  }
  await Future<void>.delayed(Duration.zero);
  print(alerts);
  print(w.history.join('\n'));
  try {
    w.add(Product('B1', 'dup', Unit.kg));
  } on StockError catch (e) {
    print(e);
  }
  final snapshot = jsonEncode([for (final p in w._products.values) p]);
  print(snapshot);
  final restored = (jsonDecode(snapshot) as List).cast<Map<String, dynamic>>();
  print(restored.map((m) => '${m['sku']}=${m['qty']}${Unit.values.byName(m['unit'] as String) == Unit.kg ? 'kg' : ''}').join(', '));
  await sub.cancel();
  await w.close();
}

// expect: > show B1
// expect: bolts: 100.0 piece
// expect: > out B1 85 urgent order
// expect: ok
// expect: > out B1 0.5
// expect: error: bolts is counted in whole pieces
// expect: > in F2 2.25
// expect: ok
// expect: > out F2 10
// expect: ok
// expect: > out O3 5
// expect: error: only 3.0 litre of oil left
// expect: > out O3 1.5
// expect: ok
// expect: > in X9 1
// expect: error: unknown sku X9
// expect: > in F2 lots
// expect: error: bad number "lots"
// expect: > dance
// expect: unknown command "dance"
// expect: > report
// expect: bolts      15.0 piece
// expect: flour       4.8 kg
// expect: oil         1.5 litre
// expect: [low stock: bolts (15.0 piece), low stock: flour (4.75 kg), low stock: oil (1.5 litre)]
// expect: 2024-05-01T08:15 B1 -85.0 (urgent order)
// expect: 2024-05-01T08:30 F2 +2.25 (received)
// expect: 2024-05-01T08:45 F2 -10.0 (shipped)
// expect: 2024-05-01T09:00 O3 -1.5 (shipped)
// expect: StockError: duplicate sku B1
// expect: [{"sku":"B1","name":"bolts","unit":"piece","qty":15.0},{"sku":"F2","name":"flour","unit":"kg","qty":4.75},{"sku":"O3","name":"oil","unit":"litre","qty":1.5}]
// expect: B1=15.0, F2=4.75kg, O3=1.5
