import PlanLensText
import Testing

@Suite("WrittenDate: the one reader of 年月日")
struct WrittenDateTests {
  let both = WrittenDate.Numerals(years: 1900...2100, chineseYears: true, chineseDays: true)
  let arabic = WrittenDate.Numerals(years: 1900...2100, chineseYears: false, chineseDays: false)

  func read(_ text: String, _ numerals: WrittenDate.Numerals, requireYear: Bool = true) -> WrittenDate? {
    let s = TextScalars(text)
    return WrittenDate.read(s, at: 0, limit: s.count, numerals: numerals, requireYear: requireYear)
  }

  @Test("a full date in Arabic, full-width and Chinese numerals")
  func fullDates() throws {
    let a = try #require(read("2033年11月5日印发", both))
    #expect(a.year == 2033 && a.month == 11 && a.day == 5 && a.end == 10)
    let b = try #require(read("２０３３年１１月５号", both))
    #expect(b.year == 2033 && b.month == 11 && b.day == 5)
    let c = try #require(read("二〇三三年十一月二十五日", both))
    #expect(c.year == 2033 && c.month == 11 && c.day == 25)
  }

  @Test("what the numerals allow: no Chinese year when only Arabic digits count")
  func numerals() {
    #expect(read("二〇三三年十一月", arabic) == nil)
    #expect(read("2033年十一月", arabic)?.month == nil)
    #expect(read("2033年十一月", both)?.month == 11)
  }

  @Test("impossible months and days are not read; a leap day only in a leap year")
  func validity() {
    #expect(read("2033年13月", both)?.month == nil)
    #expect(read("2033年2月29日", both)?.day == nil)
    #expect(read("2032年2月29日", both)?.day == 29)
    #expect(read("1850年3月", both) == nil, "outside the years accepted")
  }

  @Test("without a year: a month and a day, or nothing when the year is required")
  func yearless() {
    #expect(read("9月30日前完成", both) == nil)
    let d = read("9月30日前完成", both, requireYear: false)
    #expect(d?.year == nil && d?.month == 9 && d?.day == 30)
  }

  @Test("a number that runs on is no year or month (20330年, 123月)")
  func runOn() {
    #expect(read("20330年", both) == nil)
    #expect(read("123月", both, requireYear: false) == nil)
  }
}
