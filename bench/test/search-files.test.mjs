import { describe, expect, it } from 'vitest'
import { searchFileKind } from '../search.mjs'

describe('what each file of a search is for', () => {
  it('tells Pagefind’s parts and the search page’s own files apart', () => {
    expect(searchFileKind('/pagefind/pagefind.js')).toBe('Pagefind scripts')
    expect(searchFileKind('/pagefind/pagefind-worker.js')).toBe('Pagefind scripts')
    expect(searchFileKind('/pagefind/wasm.nl.pagefind')).toBe('WebAssembly')
    expect(searchFileKind('/pagefind/index/nl_56ed4e7.pf_index')).toBe('index chunks')
    expect(searchFileKind('/pagefind/fragment/nl_4b70cf2.pf_fragment')).toBe('result fragments')
    expect(searchFileKind('/pagefind/pagefind-entry.json?ts=1796074019310')).toBe('index metadata')
    expect(searchFileKind('/pagefind/pagefind.nl_d49068fa7a.pf_meta')).toBe('index metadata')
    expect(searchFileKind('/pagefind/toolkit-pages.json')).toBe('page table (toolkit-pages.json)')
    expect(searchFileKind('/pagefind/toolkit-words.txt')).toBe('word list (toolkit-words.txt)')
  })
})
