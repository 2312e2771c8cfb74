import { describe, expect, it } from 'vitest';
import { runKillCampaign } from '../../helpers/kill-harness';

describe('saves survive SIGKILL', () => {
  it('after 200 kills at random moments the file always opens and holds the last acknowledged save or newer', async () => {
    const campaign = await runKillCampaign(200);
    expect(campaign.failures).toEqual([]);
    expect(campaign.runs).toBe(200);
    expect(campaign.corrupt).toBe(0);
    expect(campaign.lost).toBe(0);
  }, 300_000);
});
