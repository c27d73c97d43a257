/** The report's language: BCP-47 style codes for the languages the product needs now. */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { detectLanguage } from '../src/text/language.js'

test('English, French, Arabic and Chinese prose get their two-letter codes', () => {
  assert.is(detectLanguage('The meeting, which holds particular significance in the field of security, is attended by heads of services.'), 'en')
  assert.is(detectLanguage('Cette réunion de haut niveau, initiée par le Conseil de sécurité de la Fédération de Russie, réunit des responsables.'), 'fr')
  assert.is(detectLanguage('شارك المدير العام للأمن الوطني في الاجتماع الدولي الثالث عشر للممثلين السامين المكلفين بقضايا الأمن في موسكو.'), 'ar')
  assert.is(detectLanguage('翱翔于距地球数千公里的太空中，宇航员们过着与地球上完全不同的生活，他们的饮食也受到严格的限制。'), 'zh')
})

test('too little text has no language', () => {
  assert.is(detectLanguage('Comments'), null)
  assert.is(detectLanguage(''), null)
})

test.run()
