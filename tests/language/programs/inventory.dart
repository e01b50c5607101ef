// An inventory kept in maps: stock movements, validation errors, grouping and a formatted report.
class Item {
  final String sku;
  final String name;
  final String category;
  final int priceCents;
  Item(this.sku, this.name, this.category, this.priceCents);
}

class StockError implements Exception {
  final String message;
  StockError(this.message);
  @override
  String toString() => 'StockError: $message';
}

String money(int cents) {
  var sign = cents < 0 ? '-' : '';
  cents = cents.abs();
  return '$sign\$${cents ~/ 100}.${(cents % 100).toString().padLeft(2, '0')}';
}

class Inventory {
  final Map<String, Item> catalog = {};
  final Map<String, int> stock = {};
  final List<String> log = [];

  void addItem(Item item) {
    if (catalog.containsKey(item.sku)) throw StockError('duplicate sku ${item.sku}');
    catalog[item.sku] = item;
    stock[item.sku] = 0;
  }

  void _require(String sku) {
    if (!catalog.containsKey(sku)) throw StockError('unknown sku $sku');
  }

  void receive(String sku, int qty) {
    _require(sku);
    stock[sku] = stock[sku]! + qty;
    log.add('+$qty $sku');
  }

  int sell(String sku, int qty) {
    _require(sku);
    var have = stock[sku]!;
    if (qty > have) throw StockError('only $have of $sku left, wanted $qty');
    stock[sku] = have - qty;
    log.add('-$qty $sku');
    return qty * catalog[sku]!.priceCents;
  }

  int get totalValue {
    var total = 0;
    stock.forEach((sku, qty) => total += qty * catalog[sku]!.priceCents);
    return total;
  }

  List<String> lowStock(int threshold) => [
        for (var e in stock.entries)
          if (e.value < threshold) e.key
      ];

  Map<String, List<String>> byCategory() {
    var result = <String, List<String>>{};
    for (var item in catalog.values) {
      result.putIfAbsent(item.category, () => []).add(item.name);
    }
    return result;
  }

  void discontinue(String sku) {
    _require(sku);
    catalog.remove(sku);
    var left = stock.remove(sku);
    log.add('x$left $sku');
  }

  void report() {
    var skus = catalog.keys.toList()..sort();
    for (var sku in skus) {
      var item = catalog[sku]!;
      var qty = stock[sku]!;
      var value = money(qty * item.priceCents);
      print('${sku.padRight(6)}${item.name.padRight(10)}${qty.toString().padLeft(4)}  $value');
    }
    print('total value: ${money(totalValue)}');
  }
}

void main() {
  var inv = Inventory();
  inv.addItem(Item('B200', 'bolt', 'hardware', 25));
  inv.addItem(Item('N100', 'nut', 'hardware', 10));
  inv.addItem(Item('G300', 'glue', 'supplies', 349));
  inv.addItem(Item('T400', 'tape', 'supplies', 199));
  inv.receive('B200', 500);
  inv.receive('N100', 800);
  inv.receive('G300', 12);
  inv.receive('T400', 3);
  var revenue = 0;
  revenue += inv.sell('B200', 120);
  revenue += inv.sell('G300', 10);
  var attempts = <void Function()>[
    () => inv.sell('T400', 5),
    () => inv.sell('X999', 1),
    () => inv.addItem(Item('N100', 'washer', 'hardware', 5)),
  ];
  for (var attempt in attempts) {
    try {
      attempt();
    } on StockError catch (e) {
      print(e);
    }
  }
  // expect: StockError: only 3 of T400 left, wanted 5
  // expect: StockError: unknown sku X999
  // expect: StockError: duplicate sku N100
  print('revenue: ${money(revenue)}'); // expect: revenue: $64.90
  inv.report();
  // expect: B200  bolt       380  $95.00
  // expect: G300  glue         2  $6.98
  // expect: N100  nut        800  $80.00
  // expect: T400  tape         3  $5.97
  // expect: total value: $187.95
  print('low stock: ${inv.lowStock(5)}'); // expect: low stock: [G300, T400]
  print(inv.byCategory()); // expect: {hardware: [bolt, nut], supplies: [glue, tape]}
  inv.discontinue('T400');
  print(inv.catalog.keys.toList()); // expect: [B200, N100, G300]
  print(inv.log.join(', '));
  // expect: +500 B200, +800 N100, +12 G300, +3 T400, -120 B200, -10 G300, x3 T400
  print(money(-1234)); // expect: -$12.34
  print(money(5)); // expect: $0.05
}
