// Library management: interfaces, mixins with state, enhanced enums implementing interfaces, Object.hash, sync* tree traversal, operator [] and static registries.
abstract interface class Describable {
  String describe();
}

enum Genre implements Describable, Comparable<Genre> {
  fiction(shelf: 'A', loanDays: 21),
  science(shelf: 'B', loanDays: 14),
  history(shelf: 'C', loanDays: 14),
  reference(shelf: 'R', loanDays: 0);

  const Genre({required this.shelf, required this.loanDays});
  final String shelf;
  final int loanDays;

  bool get lendable => loanDays > 0;

  @override
  String describe() => '$name on shelf $shelf${lendable ? ', $loanDays days' : ', not lendable'}';

  @override
  int compareTo(Genre other) => shelf.compareTo(other.shelf);
}

mixin Timestamped {
  final List<String> history = [];
  void stamp(String what) => history.add('${history.length}:$what');
}

class Isbn {
  final String digits;
  Isbn(String raw) : digits = raw.replaceAll('-', '') {
    if (!RegExp(r'^\d{13}$').hasMatch(digits)) throw FormatException('ISBN needs 13 digits', raw);
  }
  bool get valid {
    var sum = 0;
    for (var i = 0; i < 13; i++) {
      sum += int.parse(digits[i]) * (i.isEven ? 1 : 3);
    }
    return sum % 10 == 0;
  }

  @override
  bool operator ==(Object other) => other is Isbn && other.digits == digits;
  @override
  int get hashCode => digits.hashCode;
  @override
  String toString() => '${digits.substring(0, 3)}-${digits.substring(3)}';
}

class Book with Timestamped implements Describable {
  final Isbn isbn;
  final String title;
  final String author;
  final Genre genre;
  String? borrower;
  Book(this.isbn, this.title, this.author, this.genre);

  @override
  String describe() => '"$title" by $author (${genre.name})${borrower != null ? ' -> $borrower' : ''}';

  @override
  bool operator ==(Object other) => other is Book && other.isbn == isbn;
  @override
  int get hashCode => Object.hash(isbn, title);
}

class Catalog {
  final Map<Isbn, Book> _books = {};
  static int operations = 0;

  Book? operator [](Object key) => switch (key) {
        Isbn isbn => _books[isbn],
        String title => _books.values.where((b) => b.title == title).firstOrNull,
        _ => null,
      };

  void add(Book b) {
    operations++;
    _books[b.isbn] = b;
    b.stamp('added');
  }

  bool lend(Isbn isbn, String who) {
    operations++;
    final book = this[isbn];
    if (book == null || !book.genre.lendable || book.borrower != null) return false;
    book.borrower = who;
    book.stamp('lent to $who');
    return true;
  }

  Iterable<Book> byGenre(Genre g) sync* {
    for (final b in _books.values) {
      if (b.genre == g) yield b;
    }
  }

  Iterable<String> report() sync* {
    final genres = Genre.values.toList()..sort();
    for (final g in genres) {
      final books = byGenre(g).toList();
      if (books.isEmpty) continue;
      yield '${g.describe()}:';
      yield* books.map((b) => '  ${b.describe()}');
    }
  }
}

class TreeNode<T> {
  final T value;
  final List<TreeNode<T>> children;
  TreeNode(this.value, [this.children = const []]);
  Iterable<T> depthFirst() sync* {
    yield value;
    for (final c in children) {
      yield* c.depthFirst();
    }
  }

  Iterable<(int, T)> withDepth([int depth = 0]) sync* {
    yield (depth, value);
    for (final c in children) {
      yield* c.withDepth(depth + 1);
    }
  }
}

void main() {
  final catalog = Catalog();
  final books = [
    Book(Isbn('978-0-306-40615-7'), 'Signals', 'Ada', Genre.science),
    Book(Isbn('9780140449136'), 'Odyssey', 'Homer', Genre.fiction),
    Book(Isbn('978-1-86197-876-9'), 'Atlas', 'Mercator', Genre.reference),
    Book(Isbn('9780199535569'), 'Rome', 'Livy', Genre.history),
    Book(Isbn('9780141439518'), 'Emma', 'Austen', Genre.fiction),
  ];
  books.forEach(catalog.add);
  for (final b in books) {
    print('${b.isbn} valid=${b.isbn.valid}');
  }
  print(catalog.lend(Isbn('9780140449136'), 'kim'));
  print(catalog.lend(Isbn('9780140449136'), 'lee'));
  print(catalog.lend(Isbn('9781861978769'), 'lee'));
  print(catalog['Emma']?.author);
  print(catalog['Nope']?.author ?? 'not found');
  print(catalog[42]);
  print(catalog.report().join('\n'));
  print(catalog['Odyssey']!.history);
  print('operations: ${Catalog.operations}');
  print(Genre.values.where((g) => !g.lendable).map((g) => g.describe()).single);
  print(Genre.science.compareTo(Genre.fiction));
  print(Genre.values.byName('history').index);
  print(Genre.values.asNameMap().keys.join(','));
  final Describable d = Genre.fiction;
  print(d.describe());
  print(books.toSet().length);
  print(books.first == Book(Isbn('9780306406157'), 'Signals', 'Ada', Genre.science));
  try {
    Isbn('12-34');
  } on FormatException catch (e) {
    print('${e.message} / ${e.source}');
  }
  final tree = TreeNode('root', [
    TreeNode('a', [TreeNode('a1'), TreeNode('a2')]),
    TreeNode('b', [TreeNode('b1', [TreeNode('b1x')])]),
  ]);
  print(tree.depthFirst().join(' '));
  for (final (depth, v) in tree.withDepth()) {
    print('${'  ' * depth}- $v');
  }
  print(tree.depthFirst().where((s) => s.length == 2).length);
}

// expect: 978-0306406157 valid=true
// expect: 978-0140449136 valid=true
// expect: 978-1861978769 valid=true
// expect: 978-0199535569 valid=true
// expect: 978-0141439518 valid=true
// expect: true
// expect: false
// expect: false
// expect: Austen
// expect: not found
// expect: null
// expect: fiction on shelf A, 21 days:
// expect:   "Odyssey" by Homer (fiction) -> kim
// expect:   "Emma" by Austen (fiction)
// expect: science on shelf B, 14 days:
// expect:   "Signals" by Ada (science)
// expect: history on shelf C, 14 days:
// expect:   "Rome" by Livy (history)
// expect: reference on shelf R, not lendable:
// expect:   "Atlas" by Mercator (reference)
// expect: [0:added, 1:lent to kim]
// expect: operations: 8
// expect: reference on shelf R, not lendable
// expect: 1
// expect: 2
// expect: fiction,science,history,reference
// expect: fiction on shelf A, 21 days
// expect: 5
// expect: true
// expect: ISBN needs 13 digits / 12-34
// expect: root a a1 a2 b b1 b1x
// expect: - root
// expect:   - a
// expect:     - a1
// expect:     - a2
// expect:   - b
// expect:     - b1
// expect:       - b1x
// expect: 3
