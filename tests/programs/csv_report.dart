// Sales report from CSV text: parsing quoted fields, typedefs, grouping, aggregates, column-aligned table with StringBuffer.
typedef Row = Map<String, String>;
typedef Aggregator = num Function(Iterable<num> values);

const csv = '''region,product,units,price,date
North,"Widget, large",10,2.50,2024-01-15
South,Gadget,5,10.00,2024-01-17
North,Gadget,3,10.00,2024-02-01
East,"Thing ""special""",7,1.25,2024-02-11
South,"Widget, large",12,2.50,2024-02-20
North,Widget,0,2.00,2024-03-03
East,Gadget,4,9.50,2024-03-09
''';

List<String> parseLine(String line) {
  final fields = <String>[];
  final current = StringBuffer();
  var inQuotes = false;
  for (var i = 0; i < line.length; i++) {
    final ch = line[i];
    if (inQuotes) {
      if (ch == '"') {
        if (i + 1 < line.length && line[i + 1] == '"') {
          current.write('"');
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        current.write(ch);
      }
    } else if (ch == '"') {
      inQuotes = true;
    } else if (ch == ',') {
      fields.add(current.toString());
      current.clear();
    } else {
      current.write(ch);
    }
  }
  fields.add(current.toString());
  return fields;
}

List<Row> parseCsv(String text) {
  final lines = text.split('\n').where((l) => l.trim().isNotEmpty).toList();
  final header = parseLine(lines.first);
  return [
    for (final line in lines.skip(1)) Map.fromIterables(header, parseLine(line)),
  ];
}

final Map<String, Aggregator> aggregators = {
  'sum': (vs) => vs.fold<num>(0, (a, b) => a + b),
  'max': (vs) => vs.reduce((a, b) => a > b ? a : b),
  'avg': (vs) => vs.isEmpty ? 0 : vs.reduce((a, b) => a + b) / vs.length,
  'count': (vs) => vs.length,
};

String table(List<String> headers, List<List<Object>> rows) {
  final widths = [
    for (var c = 0; c < headers.length; c++)
      [headers[c], ...rows.map((r) => '${r[c]}')].map((s) => s.length).reduce((a, b) => a > b ? a : b)
  ];
  final sb = StringBuffer();
  String fmt(List<Object> cells) => [
        for (var c = 0; c < cells.length; c++)
          cells[c] is num ? '${cells[c]}'.padLeft(widths[c]) : '${cells[c]}'.padRight(widths[c])
      ].join(' | ').trimRight();
  sb.writeln(fmt(headers));
  sb.writeln(widths.map((w) => '-' * w).join('-+-'));
  rows.map(fmt).forEach(sb.writeln);
  sb.write('(${rows.length} rows)');
  return sb.toString();
}

void main() {
  final rows = parseCsv(csv);
  print('${rows.length} rows, columns: ${rows.first.keys.join('/')}');
  print(rows[3]['product']);
  print(rows.first);
  final revenue = {
    for (final r in rows) r: int.parse(r['units']!) * double.parse(r['price']!)
  };
  final byRegion = <String, List<double>>{};
  revenue.forEach((row, value) => byRegion.putIfAbsent(row['region']!, () => []).add(value));
  final regions = byRegion.keys.toList()..sort();
  final out = <List<Object>>[];
  for (final region in regions) {
    final values = byRegion[region]!;
    out.add([
      region,
      aggregators['count']!(values),
      aggregators['sum']!(values).toStringAsFixed(2),
      aggregators['max']!(values),
      double.parse(aggregators['avg']!(values).toStringAsFixed(3)),
    ]);
  }
  print(table(['region', 'n', 'sum', 'max', 'avg'], out));

  final byMonth = <int, int>{};
  for (final r in rows) {
    final month = DateTime.parse(r['date']!).month;
    byMonth.update(month, (u) => u + int.parse(r['units']!), ifAbsent: () => int.parse(r['units']!));
  }
  const monthNames = ['Jan', 'Feb', 'Mar'];
  byMonth.forEach((m, units) => print('${monthNames[m - 1]}: ${'#' * units} $units'));
  final products = rows.map((r) => r['product']!).toSet().toList()..sort((a, b) => b.length.compareTo(a.length));
  print(products);
  final zero = rows.where((r) => r['units'] == '0').map((r) => '${r['region']}/${r['product']}');
  print('zero sales: ${zero.join(', ')}');
  final csvOut = rows.take(2).map((r) => r.values.map((v) => v.contains(',') || v.contains('"') ? '"${v.replaceAll('"', '""')}"' : v).join(',')).join('\n');
  print(csvOut);
  print(parseLine('a,"b""c",,d'));
  print('a,b,,c'.split(','));
  print('one  two three'.split(' '));
  print(''.split(','));
  print('abc'.split(''));
}

// expect: 7 rows, columns: region/product/units/price/date
// expect: Thing "special"
// expect: {region: North, product: Widget, large, units: 10, price: 2.50, date: 2024-01-15}
// expect: region | n | sum   | max  | avg
// expect: -------+---+-------+------+-------
// expect: East   | 2 | 46.75 | 38.0 | 23.375
// expect: North  | 3 | 55.00 | 30.0 | 18.333
// expect: South  | 2 | 80.00 | 50.0 |   40.0
// expect: (3 rows)
// expect: Jan: ############### 15
// expect: Feb: ###################### 22
// expect: Mar: #### 4
// expect: [Thing "special", Widget, large, Gadget, Widget]
// expect: zero sales: North/Widget
// expect: North,"Widget, large",10,2.50,2024-01-15
// expect: South,Gadget,5,10.00,2024-01-17
// expect: [a, b"c, , d]
// expect: [a, b, , c]
// expect: [one, , two, three]
// expect: []
// expect: [a, b, c]
