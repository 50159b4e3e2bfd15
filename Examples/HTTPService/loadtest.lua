-- wrk script for loadtest.sh: POSTs one realistic cart (four lines, two promotions) as JSON.
-- The server gives every request its own id, so the 1 % route samples 1 % of requests.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[
{"id":"cart-load","currency":"EUR","customer":{"id":"c-load","taxExempt":false},
 "lines":[{"sku":"lamp-01","category":"general","unitPrice":4999,"quantity":2},
          {"sku":"bread","category":"food","unitPrice":349,"quantity":3},
          {"sku":"novel-12","category":"books","unitPrice":1299,"quantity":1},
          {"sku":"gift","category":"giftCard","unitPrice":2500,"quantity":1}],
 "discounts":[{"code":"BOOKS10","kind":{"percentage":{"basisPoints":1000}},"category":"books"},
              {"code":"WELCOME5","kind":{"fixed":{"amount":500}}}]}
]]
