import { describe, expect, it } from 'vitest';
import { findTerm, hover, waitForAnnotation, waitForCard } from '@/demo/probe';
import { card } from './card-helpers';
import { useExtension } from './setup';

const harness = useExtension();
const FORMULA = '稳中求进、以进促稳、守正创新、先立后破、系统集成、协同配合';

describe('card content', () => {
  it('a long formula shows its own entry; the terms inside it can be opened, and Back returns', async () => {
    const { page, errors } = await harness.open(harness.server.url('pages', 'yongkang-daily-001.html'));
    await waitForAnnotation(page);
    const box = await findTerm(page, FORMULA);
    expect(box).toBeDefined();
    // The pointer on 先立后破, a shorter term inside the formula: the longest match wins.
    await hover(page, { ...box!, x: box!.x + (box!.width * 14) / FORMULA.length, width: 4 });
    await waitForCard(page, FORMULA);
    const inside = card(page).locator('section', { hasText: 'Also inside' }).getByRole('button');
    expect(await inside.allTextContents()).toEqual(['稳中求进', '以进促稳', '守正创新', '先立后破']);

    await inside.filter({ hasText: '先立后破' }).click();
    await waitForCard(page, '先立后破');
    expect(await card(page).getAttribute('aria-labelledby')).toBeTruthy();
    await card(page).getByRole('button', { name: 'Back' }).click();
    await waitForCard(page, FORMULA);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a related term opens its own entry in the card', async () => {
    const { page } = await harness.open(harness.server.url('pages', 'yongkang-daily-002.html'));
    await waitForAnnotation(page);
    await hover(page, (await findTerm(page, '两个确立'))!);
    await waitForCard(page, '两个确立');
    await card(page).locator('section', { hasText: 'Related' }).getByRole('button', { name: '两个维护' }).click();
    await waitForCard(page, '两个维护');
    expect(await card(page).locator('.tifa-english').textContent()).toBe('the Two Upholds');
    await card(page).getByRole('button', { name: 'Back' }).click();
    await waitForCard(page, '两个确立');
    await page.close();
  });

  it('a note saved in the card is there after a reload', async () => {
    const note = '周三例会上再问一下具体指哪五场仗。';
    const { page } = await harness.open(harness.server.url('pages', 'yongkang-daily-000.html'));
    await waitForAnnotation(page);
    await hover(page, (await findTerm(page, '五战双强'))!);
    await waitForCard(page, '五战双强');
    await card(page).getByRole('button', { name: 'Add a note' }).click();
    await card(page).getByRole('textbox', { name: 'My note' }).fill(note);
    // Typing in the card keeps it open even when the pointer wanders off.
    await page.mouse.move(5, 5, { steps: 3 });
    await card(page).getByRole('button', { name: 'Save note' }).click();
    await card(page).getByText('Note saved.').waitFor();

    await page.reload();
    await waitForAnnotation(page);
    await hover(page, (await findTerm(page, '五战双强'))!);
    await waitForCard(page, '五战双强');
    await card(page).locator('.tifa-note-text').waitFor();
    expect(await card(page).locator('.tifa-note-text').textContent()).toBe(note);
    expect(await card(page).getByRole('button', { name: 'Edit note' }).count()).toBe(1);
    await page.close();
  });
});
