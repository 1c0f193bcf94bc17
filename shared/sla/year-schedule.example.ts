/**
 * What an admin's year-schedule file looks like, as the text they would load. The dates are an
 * illustration for 2027, not the State Council's notice.
 */
export const yearScheduleExample2027 = `{
  "year": 2027,
  "notice": "示例文件，并非国务院办公厅正式公布的 2027 年安排 — an illustration of the format only",
  "holidays": [
    { "date": "2027-01-01", "name": "元旦" },
    { "date": "2027-01-02", "name": "元旦" },
    { "date": "2027-01-03", "name": "元旦" },
    { "date": "2027-02-05", "name": "春节" },
    { "date": "2027-02-06", "name": "春节" },
    { "date": "2027-02-07", "name": "春节" },
    { "date": "2027-02-08", "name": "春节" },
    { "date": "2027-02-09", "name": "春节" },
    { "date": "2027-02-10", "name": "春节" },
    { "date": "2027-02-11", "name": "春节" },
    { "date": "2027-02-12", "name": "春节" },
    { "date": "2027-02-13", "name": "春节" },
    { "date": "2027-04-03", "name": "清明" },
    { "date": "2027-04-04", "name": "清明" },
    { "date": "2027-04-05", "name": "清明" },
    { "date": "2027-05-01", "name": "劳动节" },
    { "date": "2027-05-02", "name": "劳动节" },
    { "date": "2027-05-03", "name": "劳动节" },
    { "date": "2027-05-04", "name": "劳动节" },
    { "date": "2027-05-05", "name": "劳动节" },
    { "date": "2027-06-09", "name": "端午" },
    { "date": "2027-09-15", "name": "中秋" },
    { "date": "2027-10-01", "name": "国庆节" },
    { "date": "2027-10-02", "name": "国庆节" },
    { "date": "2027-10-03", "name": "国庆节" },
    { "date": "2027-10-04", "name": "国庆节" },
    { "date": "2027-10-05", "name": "国庆节" },
    { "date": "2027-10-06", "name": "国庆节" },
    { "date": "2027-10-07", "name": "国庆节" }
  ],
  "workdays": [
    { "date": "2027-02-20", "name": "春节" },
    { "date": "2027-04-25", "name": "劳动节" },
    { "date": "2027-05-08", "name": "劳动节" },
    { "date": "2027-09-26", "name": "国庆节" },
    { "date": "2027-10-09", "name": "国庆节" }
  ]
}
`;
